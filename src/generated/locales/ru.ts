
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's216bfcc46985dab6': `Источник данных слишком долго не отвечал.`,
's5d9f6c7b502e2a57': `Источник данных не является корректным JSON.`,
's670d0ab55622d62e': `Не удалось получить доступ к источнику данных. Проверьте подключение и повторите попытку.`,
's6ebc9bd6feae62a3': `Загрузка…`,
's716e73ec91a07274': `Структура источника данных не соответствует ожидаемой.`,
's893721c856c209cc': str`Сервер источника данных вернул ошибку ${0}.`,
's9fca14e0c61d7700': `Показаны последние полученные данные.`,
'sa2e882d770bd8e57': `Цифры пока не опубликованы.`,
'scd1dd6ff53d0d01a': `Повторить`,
'se30a7b6256138d05': `Размер источника данных превышает допустимый предел.`,
    };
  