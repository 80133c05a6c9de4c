"""orgkg queries layer."""
