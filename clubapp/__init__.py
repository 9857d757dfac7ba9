"""clubapp: the desktop app of youth Integrity Clubs.

Layers, one folder each (see README "How the code is laid out"):
  domain/    rules with no database and no Qt (issue status, tracking numbers, codelists)
  store/     persistence: SQLAlchemy models, the database file, migrations, the photo store
  services/  what a person can do, with role checks; used by the UI, the command line and the server
  cli/       the `clubapp` command
  server/    the `clubapp-server` command (central store)
"""

__version__ = "0.1.0"
