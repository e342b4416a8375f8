
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's216bfcc46985dab6': `Le flux a mis trop de temps à répondre.`,
's5d9f6c7b502e2a57': `Le flux n’est pas un JSON valide.`,
's670d0ab55622d62e': `Impossible d’accéder au flux. Vérifiez la connexion et réessayez.`,
's6ebc9bd6feae62a3': `Chargement…`,
's716e73ec91a07274': `Le flux n’a pas la structure attendue.`,
's893721c856c209cc': str`Le serveur du flux a répondu par l’erreur ${0}.`,
's9fca14e0c61d7700': `Les dernières données reçues sont affichées.`,
'sa2e882d770bd8e57': `Aucun chiffre n’a encore été publié.`,
'scd1dd6ff53d0d01a': `Réessayer`,
'se30a7b6256138d05': `Le flux dépasse la taille maximale autorisée.`,
    };
  