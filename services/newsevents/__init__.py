"""newsevents: news articles in, structured political events out."""

__version__ = "0.1.0"
