"""Allow ``python -m tools`` as well as the ``tools`` console script."""

from tools.cli import main

if __name__ == "__main__":
    main()
