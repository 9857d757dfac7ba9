"""The clubapp server: the central store clubs sync with (issue 4). This part holds the store, enrolment of
devices with a club's code, the administration commands and the HTTP API's first endpoints."""
