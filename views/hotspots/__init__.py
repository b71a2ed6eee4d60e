"""The hotspots page: where signals and observations pile up."""
