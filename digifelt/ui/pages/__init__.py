"""The workspace pages behind the navigation rail."""
