"""`python -m cli`: the same command as the `boilerstrip` console script."""
from cli.main import main

if __name__ == "__main__":
    main(prog_name="boilerstrip")
