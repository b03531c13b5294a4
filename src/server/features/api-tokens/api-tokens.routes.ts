import type { FastifyInstance } from 'fastify';

export async function apiTokenRoutes(_app: FastifyInstance) {}
