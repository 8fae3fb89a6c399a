"""What the feed pollers remember, in a compacted Kafka topic: the topic itself (created,
checked, and each feed site's partition), one partition's memory of feeds and articles seen,
and one replica's transactional ownership of a partition."""
