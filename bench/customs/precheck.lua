-- wrk script: POST /customs/v1/precheck with a realistic three-item body (formulary, controlled, Persian name).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept-Language"] = "fa"
wrk.body = '{"decision_date":"1400/05/01","items":[{"name":"Losartan 50mg","dosage_form":"tablet","quantity":3,"units_per_pack":30,"daily_dose":1},{"name":"Xanax 0.5","dosage_form":"tablet","quantity":1,"units_per_pack":30,"daily_dose":1},{"name":"\\u0645\\u062a\\u0641\\u0648\\u0631\\u0645\\u06cc\\u0646","dosage_form":"\\u0642\\u0631\\u0635","quantity":"\\u06f2","units_per_pack":100,"daily_dose":2}]}'

local non2xx = 0
response = function(status, headers, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d duration_s=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f errors_socket=%d status_non2xx=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
end
