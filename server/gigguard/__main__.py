from gigguard.cli import main

raise SystemExit(main())
