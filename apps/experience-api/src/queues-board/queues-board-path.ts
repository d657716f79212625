/** Where the queue board is served; its session cookie is scoped to this path. */
export const QUEUES_BOARD_PATH = '/admin/queues';
