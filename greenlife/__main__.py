from greenlife.cli import main

raise SystemExit(main())
