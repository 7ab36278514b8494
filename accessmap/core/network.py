"""Walking distances over the street network: the public face of the network engine.

- :func:`read_network` reads an OpenStreetMap extract (.osm.pbf / .osm) or a GIS line layer,
  keeps the ways a pedestrian may use (rule in :mod:`accessmap.core.network_osm`) and builds a
  :class:`WalkNetwork` (topology in :mod:`accessmap.core.network_noding`: junctions are shared
  vertices; crossings without one are bridges or tunnels unless ``node_all_crossings``).
- :func:`network_nearest`: the nearest centre of every origin, in one multi-source run.
- :func:`network_pairs_within`: every origin-centre pair within a walking limit (cost table).
- :class:`NearestState`: the same nearest-centre result, updated one centre at a time for live
  scenarios, equal to a full recompute bit for bit.

Points are snapped onto the nearest edge within ``snap_max_m`` (default 250 m); the snap
distance is walked at both ends (:mod:`accessmap.core.network_snap`). Everything is in
EPSG:31370 metres; walking minutes = metres / (speed in m/min).
"""

from __future__ import annotations

from accessmap.core.network_build import LABEL_BITS, WalkNetwork
from accessmap.core.network_incremental import NearestState
from accessmap.core.network_osm import WALKABLE_HIGHWAYS, pedestrian_filter, read_network
from accessmap.core.network_query import NetworkNearest, network_nearest, network_pairs_within
from accessmap.core.network_snap import MAX_SNAP_M, Snap, snap_points

__all__ = [
    "LABEL_BITS",
    "MAX_SNAP_M",
    "WALKABLE_HIGHWAYS",
    "NearestState",
    "NetworkNearest",
    "Snap",
    "WalkNetwork",
    "network_nearest",
    "network_pairs_within",
    "pedestrian_filter",
    "read_network",
    "snap_points",
]
