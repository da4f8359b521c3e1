import { ViewingRequestCreate } from './ViewingRequestCreate';

export default { create: ViewingRequestCreate };
