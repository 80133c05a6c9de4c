"""orgkg ui layer."""
