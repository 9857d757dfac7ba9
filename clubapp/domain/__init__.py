"""Rules of the mission that need neither a database nor a window."""
