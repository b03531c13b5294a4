import type { FastifyInstance } from 'fastify';

export async function securityPolicyRoutes(_app: FastifyInstance) {}
