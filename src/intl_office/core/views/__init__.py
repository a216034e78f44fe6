"""Views of the staff web application that are not tied to one app."""
