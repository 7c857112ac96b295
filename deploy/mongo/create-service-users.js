// Runs once, when MongoDB starts on an empty data volume (the image's /docker-entrypoint-initdb.d),
// as the root user: gives each service and the gateway a user of its own with readWrite on its own
// database only.
// The passwords come from the environment (docker-compose.yml, set them in .env); none is kept here.
const services = [
  { user: 'commitments-service', database: 'commitments', password: 'MONGO_COMMITMENTS_PASSWORD' },
  { user: 'meetings-service', database: 'meetings', password: 'MONGO_MEETINGS_PASSWORD' },
  { user: 'notifications-service', database: 'notifications', password: 'MONGO_NOTIFICATIONS_PASSWORD' },
  // the gateway's rate-limit buckets, shared by its replicas
  { user: 'gateway', database: 'gateway', password: 'MONGO_GATEWAY_PASSWORD' },
];
for (const service of services) {
  const password = process.env[service.password];
  if (!password) {
    throw new Error(service.password + ' is not set: see .env.example');
  }
  db.getSiblingDB(service.database).createUser({
    user: service.user,
    pwd: password,
    roles: [{ role: 'readWrite', db: service.database }],
  });
}
