raise SystemExit('a conf.py in a built folder must never run')
