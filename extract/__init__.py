"""orgkg extract layer."""
