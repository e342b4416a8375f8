
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's216bfcc46985dab6': `La fuente de datos tardó demasiado en responder.`,
's5d9f6c7b502e2a57': `La fuente de datos no es un JSON válido.`,
's670d0ab55622d62e': `No se pudo acceder a la fuente de datos. Compruebe la conexión e inténtelo de nuevo.`,
's6ebc9bd6feae62a3': `Cargando…`,
's716e73ec91a07274': `La fuente de datos no tiene la estructura esperada.`,
's893721c856c209cc': str`El servidor de la fuente de datos respondió con el error ${0}.`,
's9fca14e0c61d7700': `Se muestran los últimos datos recibidos.`,
'sa2e882d770bd8e57': `Todavía no se han publicado cifras.`,
'scd1dd6ff53d0d01a': `Reintentar`,
'se30a7b6256138d05': `La fuente de datos supera el tamaño máximo permitido.`,
    };
  