"""GigGuard: catches what would get a freelancer banned before the message is sent."""

__version__ = "0.1.0"
