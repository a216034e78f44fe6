"""Datasets that ship with the product, and the loader that writes them through the services."""
