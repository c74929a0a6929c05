#!/usr/bin/env python
"""Django's command-line entry point for the fact-check tracker."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    # Commands run from a checkout are development work unless DEBUG says otherwise;
    # the WSGI entry point (gunicorn) keeps the safe default, DEBUG off.
    os.environ.setdefault("DEBUG", "true")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
