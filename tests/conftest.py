"""Shared test settings: hypothesis profiles.

`ci` (chosen when the CI environment variable is set, as CI services do) runs 1,000 examples
per property test; `dev` (the default) runs 200 so a local `make test` stays quick.  Choose one
explicitly with HYPOTHESIS_PROFILE=ci|dev.  No deadline: a slow example on a busy machine is
not a failure (bounded cost has its own tests in test_linear_time.py).
"""
from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("ci", max_examples=1000, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=200, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))
