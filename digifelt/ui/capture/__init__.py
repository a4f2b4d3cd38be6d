"""Capture modes (interview, observation, document review) and their shared widgets."""
