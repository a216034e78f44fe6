"""The REST API's shared parts, written once: pagination, problem+json errors, the ADR headers,
token authentication, permissions, the generic serializer and viewset, the schema hooks."""

API_VERSION = "1.0.0"
