"""The HTTP API's routes, one router a concern: health, enrolment and sessions, changes (push and pull), photos."""
