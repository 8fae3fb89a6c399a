"""Which partitions the consumer fetches: live first and backpressure, as plain decisions and
as applied to the consumer."""
