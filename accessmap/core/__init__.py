"""The Qt-free analysis core: loading, distances, indicators, scenarios."""
