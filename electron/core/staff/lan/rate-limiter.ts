/**
 * Requests per minute by one sender (a network address, or a kiosk key): a bucket of `perMinute`
 * tokens per sender that refills evenly over a minute, so a burst up to the limit passes and a
 * flood is refused without any work done for it. Senders whose bucket is full again are forgotten
 * once many are tracked, so the memory it takes stays bounded.
 */
export function createRateLimiter(perMinute: number, maxTracked = 10_000) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refill = (bucket: { tokens: number; at: number }, now: number) =>
    Math.min(perMinute, bucket.tokens + (Math.max(0, now - bucket.at) * perMinute) / 60_000);

  return (sender: string, now: number): boolean => {
    if (buckets.size >= maxTracked) {
      for (const [key, bucket] of buckets) if (refill(bucket, now) >= perMinute) buckets.delete(key);
      // Still full (a flood from very many addresses): the longest-known sender starts afresh.
      if (buckets.size >= maxTracked) buckets.delete(buckets.keys().next().value!);
    }
    const bucket = buckets.get(sender);
    const tokens = bucket ? refill(bucket, now) : perMinute;
    if (tokens < 1) {
      buckets.set(sender, { tokens, at: now });
      return false;
    }
    buckets.set(sender, { tokens: tokens - 1, at: now });
    return true;
  };
}
