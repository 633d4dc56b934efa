// A Swift "hello, world", built like renew (-O, static Swift standard library), so that
// bench/run can show how much of renew's time is the Swift runtime starting.
print("Hello, world!")
