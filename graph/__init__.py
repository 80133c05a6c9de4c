"""orgkg graph layer."""
