"""What a partition writes: records that fit, dead letters, the publishers that commit them
with their input offset, and the counting wrapper around them."""
