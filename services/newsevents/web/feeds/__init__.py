"""``newsevents feeds``: RSS/Atom feeds polled into url-only article messages (README "Feeds").

file.py        the TOML feeds file -> Feed (url, site, interval, source, language, countries)
canonical.py   canonical URL, article id (UUIDv5 of it)
fetch.py       one conditional GET through the guarded client (guard/), size and time capped
items.py       feedparser over the fetched bytes -> items; the article message of an item
backoff.py     Schedule: interval, capped exponential backoff with jitter, Retry-After
seen/          what the pollers remember, in the compacted seen topic:
  topic.py       the seen topic: created, checked; site -> partition
  memory.py      SeenMemory of one partition (ids, feed validators); marker records
  owner.py       PartitionOwner: the partition's transactional producer, start and catch-up
poll.py        one poll of one feed: fetch, parse, new items, one transaction, log line
poller.py      FeedPoller: the consumer group over the seen topic, partitions, poll loops
metrics.py     the poller's Prometheus counters (polls, new items, failures by reason)
command.py     the command: file, topics, client, /metrics, --once summary
"""
