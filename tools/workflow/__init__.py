"""The translator's workflow: template, update (merge), memory, hints, build, compile, stats."""
