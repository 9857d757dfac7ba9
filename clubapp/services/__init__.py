"""What people can do, with the rules and role checks that go with it.

No Qt and no HTTP here: the desktop UI, the command line and the server all call these services, so a rule
(a student cannot approve, partner staff only read) holds whichever way a request comes in.
"""
