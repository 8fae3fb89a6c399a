"""News from the web: the RSS/Atom feed poller (``newsevents feeds``) and page fetching."""
