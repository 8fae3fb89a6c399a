"""The article's country, which unnamed actors and the ACLED block are named after, and the places
a short note tells it by.
"""
