import './health-environment';

// a real unreachable broker: nothing listens on port 1 of the loopback, connections are refused
process.env.KAFKA_BROKERS = '127.0.0.1:1';
