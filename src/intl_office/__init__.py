"""intl-office: the registry and policy monitor of a city's international office."""

__version__ = "0.1.0"
