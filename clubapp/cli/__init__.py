"""The `clubapp` command. One module per command (or group), each with `register(subparsers)`."""
