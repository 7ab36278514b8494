"""accessmap: access to primary care in poor neighbourhoods, mapped offline."""

__version__ = "0.1.0"
__all__ = ["__version__"]
