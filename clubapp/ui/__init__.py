"""The desktop app (Qt). It talks to clubapp.services only, never to the database."""
