"""`python -m guard` runs the same CLI as the `guard` command."""

from guard.cli import main

main()
