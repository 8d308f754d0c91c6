// A JET client in Node.js, built at run time from the collection's proto/ files with
// @grpc/proto-loader (no generated code): it logs in over TLS, runs an operational command in
// text, XML and JSON, programs a route and reads it back, and receives the route's JET
// notification over MQTT. tests/integration/test_node_client.py runs it against jetemu and
// checks what it prints: one JSON document with every step's result.
//
// Usage (the password comes from the environment, never from the command line):
//   JET_PASSWORD=... node jet_client.js --target HOST:PORT --ca CA.crt --user NAME \
//       --mqtt-port PORT [--server-name NAME] [--client-id ID] [--prefix 198.51.100.0/24] [--gateway ADDR]
'use strict';

const fs = require('fs');
const path = require('path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');
const mqtt = require('mqtt');

const PROTO_ROOT = path.resolve(__dirname, '..', '..', 'proto');
const CALL_DEADLINE_MS = 15000;

function parseArgs(argv) {
  const args = {clientId: 'node-client', prefix: '198.51.100.0/24', gateway: '172.16.0.254', serverName: ''};
  const names = {
    '--target': 'target', '--ca': 'ca', '--user': 'user', '--mqtt-port': 'mqttPort', '--server-name': 'serverName',
    '--client-id': 'clientId', '--prefix': 'prefix', '--gateway': 'gateway', '--mqtt-host': 'mqttHost',
  };
  for (let i = 2; i < argv.length; i += 2) {
    const key = names[argv[i]];
    if (!key || i + 1 >= argv.length) {
      throw new Error(`unknown or incomplete argument: ${argv[i]}`);
    }
    args[key] = argv[i + 1];
  }
  for (const required of ['target', 'ca', 'user', 'mqttPort']) {
    if (!args[required]) {
      throw new Error(`missing --${required.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}`);
    }
  }
  args.password = process.env.JET_PASSWORD;
  if (!args.password) {
    throw new Error('set JET_PASSWORD');
  }
  args.mqttHost = args.mqttHost || args.target.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return args;
}

function loadServices() {
  const files = [
    'jnx_authentication_service.proto',
    'jnx_management_service.proto',
    'jnx_routing_rib_service.proto',
  ];
  const definition = protoLoader.loadSync(files, {
    includeDirs: [path.join(PROTO_ROOT, 'v2'), path.join(PROTO_ROOT, 'v1')],
    keepCase: true,
    longs: String,
    enums: String,
    defaults: true,
    oneofs: true,
  });
  return grpc.loadPackageDefinition(definition).jnx.jet;
}

function deadline() {
  return new Date(Date.now() + CALL_DEADLINE_MS);
}

function unary(client, method, request) {
  return new Promise((resolve, reject) => {
    client[method](request, {deadline: deadline()}, (error, reply) => (error ? reject(error) : resolve(reply)));
  });
}

function stream(client, method, request) {
  return new Promise((resolve, reject) => {
    const replies = [];
    const call = client[method](request, {deadline: deadline()});
    call.on('data', (reply) => replies.push(reply));
    call.on('error', reject);
    call.on('end', () => resolve(replies));
  });
}

function expectSuccess(what, status) {
  if (!status || status.code !== 'SUCCESS') {
    throw new Error(`${what} failed: ${status ? status.message : 'no status'}`);
  }
}

async function opCommand(management, command, format) {
  const replies = await stream(management, 'OpCommandGet', {cli_command: command, out_format: format});
  replies.forEach((reply) => expectSuccess(`${command} (${format})`, reply.status));
  return replies.map((reply) => reply.data).join('');
}

function waitForMessage(client, topic, timeoutMs) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no message on ${topic} within ${timeoutMs} ms`)), timeoutMs);
    client.on('message', (received, payload) => {
      if (received === topic) {
        clearTimeout(timer);
        resolve(JSON.parse(payload.toString('utf8')));
      }
    });
  });
}

async function main() {
  const args = parseArgs(process.argv);
  const jet = loadServices();
  const options = args.serverName ? {'grpc.ssl_target_name_override': args.serverName} : {};
  const credentials = grpc.credentials.createSsl(fs.readFileSync(args.ca));
  // One channel for every service: JET sessions belong to the channel that logged in.
  const authentication = new jet.authentication.Authentication(args.target, credentials, options);
  const channelOverride = {channelOverride: authentication.getChannel()};
  const management = new jet.management.Management(args.target, credentials, channelOverride);
  const rib = new jet.routing.rib.Rib(args.target, credentials, channelOverride);
  const result = {};

  const login = await unary(authentication, 'Login', {
    username: args.user, password: args.password, client_id: args.clientId,
  });
  expectSuccess('Login', login.status);
  result.login = login.status.message;

  result.op = {
    text: await opCommand(management, 'show version', 'OP_COMMAND_OUTPUT_CLI'),
    xml: await opCommand(management, 'show version', 'OP_COMMAND_OUTPUT_XML'),
    json: JSON.parse(await opCommand(management, 'show version', 'OP_COMMAND_OUTPUT_JSON')),
  };

  // Subscribe first, so the route's event cannot be missed.
  const mqttClient = await mqtt.connectAsync({
    host: args.mqttHost, port: Number(args.mqttPort), clientId: `${args.clientId}-events`, reconnectPeriod: 0,
  });
  const [address, length] = args.prefix.split('/');
  const topic = `/junos/events/kernel/route/add/inet/${address}/${length}`;
  await mqttClient.subscribeAsync('/junos/events/kernel/route/#', {qos: 1});
  const event = waitForMessage(mqttClient, topic, 15000);

  const init = await unary(rib, 'RouteInitialize', {});
  expectSuccess('RouteInitialize', init.status);
  const key = {
    dest_prefix: {inet: {addr_string: address}},
    dest_prefix_len: Number(length),
    table: {name: {name: 'inet.0'}},
  };
  const added = await unary(rib, 'RouteAdd', {
    routes: [{
      key,
      nexthop: {gateways: [{gateway_address: {inet: {addr_string: args.gateway}}}]},
      protocol: 'PROTO_STATIC',
      attributes: {preferences: {0: {value: 7}}},
    }],
  });
  expectSuccess('RouteAdd', added.status);
  result.route_add = {sub_code: added.sub_code, operations_completed: added.operations_completed};
  const got = await stream(rib, 'RouteGet', {key, match_type: 'EXACT'});
  result.route_get = got.flatMap((reply) => reply.routes).map((route) => ({
    prefix: `${route.key.dest_prefix.inet.addr_string}/${route.key.dest_prefix_len}`,
    gateway: route.nexthop.gateways[0].gateway_address.inet.addr_string,
    protocol: route.protocol,
    preference: route.attributes.preferences['0'].value,
  }));
  result.show_route = await opCommand(management, `show route ${args.prefix} exact`, 'OP_COMMAND_OUTPUT_CLI');
  result.event = await event;

  await mqttClient.endAsync();
  authentication.close();
  process.stdout.write(JSON.stringify(result) + '\n');
}

main().catch((error) => {
  process.stderr.write(`jet_client.js: ${error.message || error}\n`);
  process.exit(1);
});
