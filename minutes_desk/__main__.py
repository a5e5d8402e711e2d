from minutes_desk.cli import main

raise SystemExit(main())
