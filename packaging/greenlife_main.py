"""Entry point of the bundles: the same ``main`` as the ``greenlife`` console script, plus
``--selftest`` (packaging/selftest.py), which the CI smoke test runs inside the bundle."""

import sys

if __name__ == "__main__":
    if sys.argv[1:] == ["--selftest"]:
        from selftest import main as selftest

        sys.exit(selftest())
    from greenlife.cli import main

    sys.exit(main())
